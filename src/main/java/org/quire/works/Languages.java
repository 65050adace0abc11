package org.quire.works;

import java.util.LinkedHashMap;
import java.util.Map;

/** The languages a work can be in: code to name, in the order the posting form lists them. */
final class Languages {
  static final Map<String, String> ALL = new LinkedHashMap<>();

  static {
    String[][] list = {
      {"en", "English"},
      {"ar", "العربية"},
      {"bg", "Български"},
      {"ca", "Català"},
      {"cs", "Čeština"},
      {"cy", "Cymraeg"},
      {"da", "Dansk"},
      {"de", "Deutsch"},
      {"el", "Ελληνικά"},
      {"eo", "Esperanto"},
      {"es", "Español"},
      {"et", "Eesti"},
      {"fa", "فارسی"},
      {"fi", "Suomi"},
      {"fil", "Filipino"},
      {"fr", "Français"},
      {"ga", "Gaeilge"},
      {"he", "עברית"},
      {"hi", "हिन्दी"},
      {"hr", "Hrvatski"},
      {"hu", "Magyar"},
      {"id", "Bahasa Indonesia"},
      {"is", "Íslenska"},
      {"it", "Italiano"},
      {"ja", "日本語"},
      {"ko", "한국어"},
      {"la", "Lingua latina"},
      {"lt", "Lietuvių"},
      {"lv", "Latviešu"},
      {"ms", "Bahasa Melayu"},
      {"nl", "Nederlands"},
      {"no", "Norsk"},
      {"pl", "Polski"},
      {"pt-BR", "Português brasileiro"},
      {"pt-PT", "Português europeu"},
      {"ro", "Română"},
      {"ru", "Русский"},
      {"sk", "Slovenčina"},
      {"sl", "Slovenščina"},
      {"sr", "Српски"},
      {"sv", "Svenska"},
      {"th", "ไทย"},
      {"tr", "Türkçe"},
      {"uk", "Українська"},
      {"vi", "Tiếng Việt"},
      {"zh", "中文"}
    };
    for (String[] entry : list) {
      ALL.put(entry[0], entry[1]);
    }
  }

  private Languages() {}

  /** The known code matching {@code code} (or a language's name, as in "English"), or null. */
  static @org.jspecify.annotations.Nullable String normalize(String code) {
    String wanted = code.strip().replace('_', '-');
    for (Map.Entry<String, String> known : ALL.entrySet()) {
      if (known.getKey().equalsIgnoreCase(wanted) || known.getValue().equalsIgnoreCase(wanted)) {
        return known.getKey();
      }
    }
    if (wanted.equalsIgnoreCase("pt")) {
      return "pt-PT";
    }
    return null;
  }

  static String name(String code) {
    return ALL.getOrDefault(code, code);
  }
}
