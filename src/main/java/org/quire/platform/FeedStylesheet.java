package org.quire.platform;

/**
 * The XSL stylesheet (served from the jar at {@value #PATH}) that renders the archive's Atom and
 * OPDS feeds as a readable page when a browser opens one. Feeds name it in an {@code
 * <?xml-stylesheet?>} processing instruction; feed readers and e-reader apps ignore it.
 */
public final class FeedStylesheet {
  public static final String PATH = "/feeds/feed.xsl";

  /** The data of the {@code xml-stylesheet} processing instruction. */
  public static final String INSTRUCTION = "type=\"text/xsl\" href=\"" + PATH + "\"";

  private FeedStylesheet() {}
}
