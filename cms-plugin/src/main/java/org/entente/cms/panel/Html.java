package org.entente.cms.panel;

/** HTML escaping for everything that comes from an article or a user: the panel prints nothing raw. */
final class Html {
    private Html() {
    }

    /** {@code text} with the five HTML-significant characters escaped; null becomes "". */
    static String escape(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
