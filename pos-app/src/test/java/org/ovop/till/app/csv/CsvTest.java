package org.ovop.till.app.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  static final Currency KGS = Currency.getInstance("KGS");
  static final Currency XOF = Currency.getInstance("XOF");

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirFirstLine() {
    var rows = CsvReader.read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");
    assertThat(rows).extracting(CsvReader.Row::lineNo).containsExactly(1, 2, 3, 5);
    assertThat(rows.get(1).fields()).containsExactly("x, y", "say \"hi\"");
    assertThat(rows.get(2).fields()).containsExactly("two\nlines", "z");
    assertThat(rows).allMatch(r -> r.problem() == null);
  }

  @Test
  void brokenQuotingIsAProblemOfThatRow() {
    var rows = CsvReader.read("a,b\nab\"c,d\n\"open,e\n");
    assertThat(rows.get(1).problem()).contains("quote inside an unquoted field");
    assertThat(rows.get(2).problem()).contains("never closed");
  }

  @Test
  void amountsFollowTheCurrencyDigits() {
    String header = ProductCsv.HEADER + "\n";
    var xof =
        ProductCsv.parse(
            header + "A,Savon,SN-01,1500,consignment:20,,\nB,Savon,SN-01,1500.5,consignment:20,,\n",
            XOF);
    assertThat(xof.rows().get(0).product().price()).isEqualTo(1500);
    assertThat(xof.rows().get(1).problem().message())
        .contains("'1500.5' is not an amount in XOF (at most 0 decimals)");
    var kgs = ProductCsv.parse(header + "A,Мёд,IK-02,650.4,buyback:450,,\n", KGS);
    assertThat(kgs.rows().get(0).product().price()).isEqualTo(650_40);
  }

  @Test
  void aWrongHeaderRefusesTheWholeFile() {
    var parsed = ProductCsv.parse("sku;name;group\nA;B;C\n", KGS);
    assertThat(parsed.headerProblem().message()).contains("The first line must be the header");
    assertThat(parsed.rows()).isEmpty();
  }

  @Test
  void rowsWithTheWrongNumberOfFieldsAreNamed() {
    var parsed = ProductCsv.parse(ProductCsv.HEADER + "\nA,B,IK-01,10\n", KGS);
    assertThat(parsed.rows().get(0).lineNo()).isEqualTo(2);
    assertThat(parsed.rows().get(0).problem().message()).contains("4 fields; the header has 7");
  }

  @Test
  void formulaLikeTextIsNeutralisedButNumbersAreNot() {
    String out =
        new CsvWriter()
            .row(
                List.of(
                    CsvWriter.text("=HYPERLINK(\"http://x\",\"y\")"),
                    CsvWriter.text("+7 700"),
                    CsvWriter.text("@SUM(A1)"),
                    CsvWriter.text("-cmd|' /C calc'!A0"),
                    CsvWriter.text("Мёд"),
                    CsvWriter.number("-120.00")))
            .toString();
    assertThat(out)
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+7 700,'@SUM(A1),'-cmd|' /C calc'!A0,Мёд,-120.00\r\n");
  }
}
