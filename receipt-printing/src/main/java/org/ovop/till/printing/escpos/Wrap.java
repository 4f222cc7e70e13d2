package org.ovop.till.printing.escpos;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping to a number of columns; a word longer than a line is split. */
final class Wrap {
  private Wrap() {}

  static List<String> lines(String text, int width) {
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
}
