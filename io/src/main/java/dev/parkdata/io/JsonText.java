package dev.parkdata.io;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** How messages name values, JSON paths and positions. */
final class JsonText {
  private JsonText() {}

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "…";
  }

  /** What the parser is on, for "unexpected ...". */
  static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string \"" + abbreviate(parser.getString()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + abbreviate(parser.getString());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  static String location(TokenStreamLocation location) {
    return location != null && location.getLineNr() > 0
        ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
  }

  /**
   * The JSON path of the value the context is on: {@code $.parks[3].areas.approved.unit}. Names
   * that are not simple words are quoted: {@code $['a b']}.
   */
  static String path(TokenStreamContext context) {
    int depth = 0;
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      depth++;
    }
    Object[] segments = new Object[depth];
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      depth--;
      if (c.inObject()) {
        segments[depth] = c.currentName();
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments[depth] = c.getCurrentIndex();
      }
    }
    StringBuilder path = new StringBuilder("$");
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        path.append('[').append(segment).append(']');
      } else if (segment != null) {
        String name = (String) segment;
        if (isWord(name)) {
          path.append('.').append(name);
        } else {
          path.append("['").append(abbreviate(name).replace("'", "\\'")).append("']");
        }
      }
    }
    return path.toString();
  }

  /** Whether {@code name} matches {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isWord(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
