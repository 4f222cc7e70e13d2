package org.ovop.till.printing.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The code page tables say what the JDK's own encoders say, for every character. */
class CodePageTest {
  @Test
  void everyCharacterIsCarriedExactlyWhenTheCharsetEncodesItAndBecomesTheSameByte() {
    Map<String, Integer> pages = new TreeMap<>();
    PrinterProfile.ALL.forEach(p -> pages.putAll(p.codePages()));
    List<String> wrong = new ArrayList<>();
    pages.forEach(
        (name, number) -> {
          Charset charset = Charset.forName(name);
          CodePage page = CodePage.of(name, number);
          var encoder = charset.newEncoder();
          for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            boolean expected = encoder.canEncode(one); // as the encoder asked of every line before
            if (page.carries(one) != expected) {
              wrong.add(String.format("%s U+%04X carried: %s", name, c, !expected));
            } else if (expected) {
              if (!Arrays.equals(page.bytesIfCarried(one), one.getBytes(charset))) {
                wrong.add(String.format("%s U+%04X byte", name, c));
              }
            }
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsCarriedByNoPage() {
    String line = "Мёд \uD83C\uDF6F"; // a honey pot emoji, a surrogate pair
    for (PrinterProfile profile : PrinterProfile.ALL) {
      profile
          .codePages()
          .forEach((name, number) -> assertThat(CodePage.of(name, number).carries(line)).isFalse());
    }
  }

  @Test
  void aWholeLineBecomesTheBytesTheCharsetGives() {
    String line = "Облепиховое масло, партия 7 — 101.50";
    CodePage cp866 = CodePage.of(PrinterProfile.CP866, 17);
    assertThat(cp866.carries(line)).isFalse(); // the long dash is not in CP866
    String plain = "Облепиховое масло, партия 7: 101.50";
    assertThat(cp866.carries(plain)).isTrue();
    assertThat(cp866.bytesIfCarried(plain)).isEqualTo(plain.getBytes(Charset.forName("IBM866")));
  }
}
