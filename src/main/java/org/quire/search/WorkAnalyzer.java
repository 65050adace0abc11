package org.quire.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Unicode word tokens, lower-cased, no stop words (so that "the end" is a phrase readers can find).
 * Values of a multi-valued field (tag names, creators) are far apart, so a phrase never spans two
 * tags.
 */
final class WorkAnalyzer extends Analyzer {
  static final int GAP_BETWEEN_VALUES = 100;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setMaxTokenLength(255);
    TokenStream stream = new LowerCaseFilter(tokenizer);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return GAP_BETWEEN_VALUES;
  }
}
