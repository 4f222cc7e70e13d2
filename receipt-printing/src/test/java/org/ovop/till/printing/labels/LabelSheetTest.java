package org.ovop.till.printing.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ovop.till.core.catalog.Barcodes;

class LabelSheetTest {
  @Test
  void aSheetOfLabelsReadsBackAsTextAndItsBarcodesScan() throws Exception {
    String inStore = Barcodes.inStoreEan13(42);
    List<LabelSheet.Label> labels = new ArrayList<>();
    labels.add(new LabelSheet.Label("Облепиховое масло 50 мл", "450,00 KGS", "IK-03", inStore));
    labels.add(
        new LabelSheet.Label(
            "Кийиз «Түндүк» өрнөгү менен, чоң", "2 400,00 KGS", "NR-01", "FELT-XL-7"));
    labels.add(
        new LabelSheet.Label("Savon au karité, 100 g", "1 500 XOF", "SN-02", "4006381333931"));
    byte[] pdf = LabelSheet.render(labels, LabelSheet.Layout.A4_3X8);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Облепиховое масло 50 мл")
          .contains("Түндүк")
          .contains("450,00 KGS")
          .contains("karité");
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
      ImageIO.write(page, "png", new File("target/labels.png"));
      Set<String> scanned = scan(page);
      assertThat(scanned).contains(inStore, "FELT-XL-7", "4006381333931");
    }
  }

  @Test
  void twentyFiveLabelsTakeTwoPagesOfTwentyFour() throws Exception {
    List<LabelSheet.Label> labels =
        Collections.nCopies(
            25,
            new LabelSheet.Label(
                "Мёд горный 250 г", "380,00 KGS", "IK-02", Barcodes.inStoreEan13(7)));
    try (PDDocument doc = Loader.loadPDF(LabelSheet.render(labels, LabelSheet.Layout.A4_3X8))) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
    }
    try (PDDocument doc = Loader.loadPDF(LabelSheet.render(labels, LabelSheet.Layout.A4_4X10))) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void onlyValidGs1ThirteenDigitCodesAreEan13() {
    // EAN-13 is 95 modules; the writer adds 9 modules of quiet zone.
    assertThat(LabelSheet.pattern("4006381333931").getWidth()).isEqualTo(95 + 9);
    // A wrong check digit is not EAN-13: it becomes Code 128, which is wider.
    assertThat(LabelSheet.pattern("4006381333932").getWidth()).isGreaterThan(95 + 9);
  }

  static Set<String> scan(BufferedImage img) throws Exception {
    var reader = new GenericMultipleBarcodeReader(new MultiFormatReader());
    Result[] found =
        reader.decodeMultiple(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(
                        img.getWidth(),
                        img.getHeight(),
                        img.getRGB(
                            0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth())))),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    return java.util.Arrays.stream(found).map(Result::getText).collect(Collectors.toSet());
  }
}
