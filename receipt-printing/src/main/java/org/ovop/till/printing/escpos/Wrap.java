package org.ovop.till.printing.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping to a number of columns; a word longer than a line is split. Spaces that start a
 * text are its indent, kept on each of its lines: they set a breakdown under its heading (" Cash"
 * under "Sales").
 */
final class Wrap {
  private Wrap() {}

  static List<String> lines(String text, int width) {
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    if (indent > 0
        && indent <= width / 4
        && indent < text.length()
        && text.length() <= width
        && text.indexOf('\n') < 0) {
      // An indented line that fits, as most of a receipt's are: the indent and the words as they
      // stand, spaces at the end dropped, which is what the general way below gives back.
      int end = text.length();
      while (text.charAt(end - 1) == ' ') {
        end--;
      }
      return List.of(text.substring(0, end));
    }
    // An indent taking most of the line would leave no room for the words.
    if (indent > 0 && indent <= width / 4) {
      String pad = text.substring(0, indent);
      List<String> lines = unindented(text.substring(indent), width - indent);
      List<String> out = new ArrayList<>(lines.size());
      for (String line : lines) {
        out.add(line.isEmpty() ? line : pad + line);
      }
      return out;
    }
    return unindented(text, width);
  }

  private static List<String> unindented(String text, int width) {
    if (text.length() <= width && text.indexOf('\n') < 0) {
      // Most receipt lines already fit: the same one line the word loop below would give back,
      // which drops spaces at either end and keeps those between words.
      return List.of(trimSpaces(text));
    }
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        while (word.length() > width) {
          if (line.length() > 0) {
            out.add(line.toString());
            line.setLength(0);
          }
          out.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (line.length() == 0) {
          line.append(word);
        } else if (line.length() + 1 + word.length() <= width) {
          line.append(' ').append(word);
        } else {
          out.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  private static String trimSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(start, end);
  }
}
