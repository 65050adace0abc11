package org.quire.listings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;

/**
 * Parses AO3-style search text: {@code dragons AND (tea OR coffee) -angst "slow burn"
 * fandom:Sherlock}, plus the shortcuts {@code words>1000}, {@code kudos>10}, {@code hits<500} and
 * {@code sort:kudos}, which become listing parameters. Adjacent terms mean AND. Unbalanced quotes
 * or parentheses, a dangling operator or an unknown field are a 400 that says what is wrong.
 */
final class SearchSyntax {
  static final Set<String> FIELDS =
      Set.of(
          "title",
          "summary",
          "notes",
          "creator",
          "tag",
          "fandom",
          "relationship",
          "character",
          "freeform",
          "rating",
          "warning",
          "category",
          "language");

  /** The longest {@code q} or {@code text} read: a search box's worth, with room for a list. */
  static final int MAX_CHARACTERS = 1_000;

  /**
   * Most words in one query, counting each word of a phrase: each becomes a clause per searched
   * field, and Lucene refuses more than 1,024 clauses.
   */
  static final int MAX_WORDS = 100;

  /** Deepest nesting of parentheses. */
  static final int MAX_DEPTH = 10;

  // A count as AO3 spells it: "kudos>10", "kudos:>10", "words:100", "wordcount:100", "word_count =
  // 100", "word count > 1000", "hit count > 50", "comments<10", "bookmarks>5".
  private static final String COUNT_NAME =
      "(?<![\\w\"])(word|kudo|comment|bookmark|hit)s?(?:\\s*_?\\s*count)?";
  private static final Pattern SHORTCUT =
      Pattern.compile(
          "(?i)"
              + COUNT_NAME
              + "\\s*(?::\\s*([<>]=?|=)?|([<>]=?|=))\\s*(\\d[\\d,]*(?:\\s*-\\s*\\d[\\d,]*)?)(?!\\w)");
  // What is left of a count once the well-formed ones are taken out: "words>abc", "kudos:>".
  private static final Pattern MALFORMED_SHORTCUT =
      Pattern.compile("(?i)" + COUNT_NAME + "\\s*(?::\\s*[<>]=?|[<>]=?|=)(\\S*)");
  private static final Pattern PHRASE = Pattern.compile("\"[^\"]*\"");
  // "sort:kudos", "sort:<words", "sort by: hits ascending", "sorted by:>creator", "sort=title
  // desc".
  private static final Pattern SORT =
      Pattern.compile(
          "(?i)(?<![\\w\"])sort(?:ed)?\\s*(?:by)?\\s*(?::\\s*([<>=])?|([<>=]))\\s*"
              + "((?:word|hit|kudo|comment|bookmark)s?\\s*_?\\s*count|[a-z_]+)"
              + "(?:\\s+(asc|desc|ascending|descending)\\b)?");

  /** The sort keys as AO3's search box may name them, to the listing's own keys. */
  private static final java.util.Map<String, String> SORT_NAMES = sortNames();

  private final String parameter;
  private final List<String> tokens;
  private int at;

  private SearchSyntax(String parameter, List<String> tokens) {
    this.parameter = parameter;
    this.tokens = tokens;
  }

  /** The query with its shortcuts taken out. */
  record Parsed(@Nullable SearchExpression expression, java.util.Map<String, String> shortcuts) {}

  static Parsed parse(String parameter, @Nullable String query) {
    java.util.Map<String, String> shortcuts = new java.util.LinkedHashMap<>();
    if (query == null || query.isBlank()) {
      return new Parsed(null, shortcuts);
    }
    if (query.length() > MAX_CHARACTERS) {
      throw ApiException.badRequest(
          "'"
              + parameter
              + "' is too long: a search may have at most "
              + MAX_CHARACTERS
              + " characters.");
    }
    String rest = query;
    Matcher shortcut = SHORTCUT.matcher(rest);
    StringBuilder kept = new StringBuilder();
    while (shortcut.find()) {
      String op = shortcut.group(2) != null ? shortcut.group(2) : shortcut.group(3);
      String name = shortcut.group(1).toLowerCase(Locale.ROOT);
      shortcuts.put(
          name + "s",
          (op == null || op.equals("=") ? "" : op) + shortcut.group(4).replace(" ", ""));
      shortcut.appendReplacement(kept, " ");
    }
    shortcut.appendTail(kept);
    rest = kept.toString();
    Matcher malformed = MALFORMED_SHORTCUT.matcher(PHRASE.matcher(rest).replaceAll(" "));
    if (malformed.find()) {
      String name = malformed.group(1).toLowerCase(Locale.ROOT) + "s";
      throw ApiException.badRequest(
          "'"
              + parameter
              + "' cannot be read: '"
              + name
              + "' must be a range like 1000-5000, >1000 or <500 (got '"
              + malformed.group().strip()
              + "').");
    }
    Matcher sort = SORT.matcher(rest);
    if (sort.find()) {
      String named = sort.group(3).toLowerCase(Locale.ROOT).replaceAll("[\\s_]", "");
      shortcuts.put("sort", SORT_NAMES.getOrDefault(named, named));
      String direction =
          sort.group(4) != null
              ? sort.group(4)
              : sort.group(1) != null ? sort.group(1) : sort.group(2) != null ? sort.group(2) : "";
      // As AO3 reads it: ">" is ascending, "<" descending; "=" or ":" alone keep the default.
      switch (direction.toLowerCase(Locale.ROOT)) {
        case ">", "asc", "ascending" -> shortcuts.put("order", "asc");
        case "<", "desc", "descending" -> shortcuts.put("order", "desc");
        default -> {}
      }
      rest = rest.substring(0, sort.start()) + " " + rest.substring(sort.end());
    }
    List<String> tokens = tokenize(parameter, rest);
    checkWords(parameter, tokens);
    if (tokens.isEmpty()) {
      return new Parsed(null, shortcuts);
    }
    SearchSyntax parser = new SearchSyntax(parameter, tokens);
    SearchExpression expression = parser.or();
    if (parser.at < tokens.size()) {
      throw parser.error("unexpected '" + tokens.get(parser.at) + "'");
    }
    return new Parsed(expression, shortcuts);
  }

  private SearchExpression or() {
    List<SearchExpression> parts = new ArrayList<>(List.of(and()));
    while (peek("OR")) {
      at++;
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new SearchExpression.Or(parts);
  }

  private SearchExpression and() {
    List<SearchExpression> parts = new ArrayList<>(List.of(unary()));
    while (at < tokens.size() && !peek("OR") && !peek(")")) {
      if (peek("AND")) {
        at++;
      }
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new SearchExpression.And(parts);
  }

  private SearchExpression unary() {
    if (at >= tokens.size()) {
      throw error("it ends with an operator");
    }
    String token = tokens.get(at);
    if (token.equals("NOT") || token.equals("-")) {
      at++;
      return new SearchExpression.Not(unary());
    }
    if (token.equals("(")) {
      at++;
      SearchExpression inner = or();
      if (!peek(")")) {
        throw error("a parenthesis is not closed");
      }
      at++;
      return inner;
    }
    if (token.equals(")") || token.equals("AND") || token.equals("OR")) {
      throw error("unexpected '" + token + "'");
    }
    at++;
    return term(token);
  }

  private SearchExpression term(String token) {
    String field = null;
    String text = token;
    int colon = token.indexOf(':');
    if (colon > 0 && !token.startsWith("\"")) {
      String name = token.substring(0, colon).toLowerCase(Locale.ROOT);
      field =
          switch (name) {
            case "author", "by", "creators" -> "creator";
            case "tags" -> "tag";
            case "freeforms", "additional" -> "freeform";
            case "warnings" -> "warning";
            case "categories" -> "category";
            case "fandoms" -> "fandom";
            case "characters" -> "character";
            case "relationships" -> "relationship";
            default -> name;
          };
      if (!FIELDS.contains(field)) {
        throw error(
            "unknown field '"
                + name
                + "' (use "
                + String.join(", ", FIELDS.stream().sorted().toList())
                + ")");
      }
      text = token.substring(colon + 1);
      if (text.isEmpty() && at < tokens.size() && tokens.get(at).startsWith("\"")) {
        text = tokens.get(at++);
      }
      if (text.isEmpty()) {
        throw error("field '" + name + "' has no value");
      }
    }
    boolean phrase = text.startsWith("\"");
    String value = phrase ? text.substring(1, text.length() - 1) : text;
    return new SearchExpression.Term(field, value.strip(), phrase);
  }

  private boolean peek(String token) {
    return at < tokens.size() && tokens.get(at).equals(token);
  }

  private ApiException error(String what) {
    return ApiException.badRequest("'" + parameter + "' cannot be read: " + what + ".");
  }

  private static java.util.Map<String, String> sortNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (String key : List.of("word", "hit", "kudo", "comment", "bookmark")) {
      for (String spelling : List.of(key, key + "s", key + "count", key + "scount")) {
        names.put(spelling, key + "s");
      }
    }
    for (String updated : List.of("updated", "revised", "revisedat", "dateupdated")) {
      names.put(updated, "updated");
    }
    for (String posted : List.of("posted", "date", "dateposted", "created", "published")) {
      names.put(posted, "posted");
    }
    for (String creator : List.of("creator", "creators", "author", "authors")) {
      names.put(creator, "creator");
    }
    names.put("title", "title");
    names.put("score", "relevance");
    names.put("relevance", "relevance");
    return java.util.Map.copyOf(names);
  }

  /** At most {@link #MAX_WORDS} words, each word of a phrase counted. */
  private static void checkWords(String parameter, List<String> tokens) {
    int words = 0;
    for (String token : tokens) {
      if (!Set.of("(", ")", "-", "AND", "OR", "NOT").contains(token)) {
        for (String word : token.replace('"', ' ').strip().split("[\\s\\p{Punct}]+")) {
          if (!word.isEmpty()) {
            words++;
          }
        }
      }
    }
    if (words > MAX_WORDS) {
      throw ApiException.badRequest(
          "'"
              + parameter
              + "' has too many words: a search may have at most "
              + MAX_WORDS
              + " ("
              + words
              + " given).");
    }
  }

  /** Words, "phrases", field:"phrases", parentheses, and a leading "-" as its own token. */
  private static List<String> tokenize(String parameter, String query) {
    List<String> tokens = new ArrayList<>();
    int depth = 0;
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        depth += c == '(' ? 1 : -1;
        if (depth < 0) {
          throw ApiException.badRequest("'" + parameter + "' has unbalanced parentheses.");
        }
        if (depth > MAX_DEPTH) {
          throw ApiException.badRequest(
              "'"
                  + parameter
                  + "' nests parentheses too deeply: at most "
                  + MAX_DEPTH
                  + " levels.");
        }
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '-') {
        // Only "-word" (or -"phrase", -(group)) negates; a lone "-" is punctuation, as AO3 reads
        // it.
        if (i + 1 < query.length()
            && !Character.isWhitespace(query.charAt(i + 1))
            && query.charAt(i + 1) != ')'
            && query.charAt(i + 1) != '-') {
          tokens.add("-");
        }
        i++;
      } else if (c == '"') {
        int end = query.indexOf('"', i + 1);
        if (end < 0) {
          throw ApiException.badRequest("'" + parameter + "' has an unbalanced quote.");
        }
        tokens.add(query.substring(i, end + 1));
        i = end + 1;
      } else {
        int start = i;
        while (i < query.length()
            && !Character.isWhitespace(query.charAt(i))
            && "()\"".indexOf(query.charAt(i)) < 0) {
          i++;
        }
        if (i < query.length() && query.charAt(i) == '"' && query.charAt(i - 1) == ':') {
          int end = query.indexOf('"', i + 1);
          if (end < 0) {
            throw ApiException.badRequest("'" + parameter + "' has an unbalanced quote.");
          }
          i = end + 1;
        }
        tokens.add(query.substring(start, i));
      }
    }
    if (depth != 0) {
      throw ApiException.badRequest("'" + parameter + "' has unbalanced parentheses.");
    }
    return tokens;
  }
}
