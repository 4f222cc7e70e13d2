package org.ovop.till.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.ovop.till.core.Outcome;
import org.ovop.till.core.Refusal;
import org.ovop.till.printing.escpos.EscPosEncoder;
import org.ovop.till.printing.layout.Layouts;
import org.ovop.till.printing.statement.StatementPdf;

/**
 * A settlement's papers in the settlements tab: the payout slip the producer signs, sent to the
 * receipt printer, and the statement's first page as a picture. Both read the database and render,
 * so they are called off the FX thread.
 */
final class SettlementPapers {
  /** The preview's resolution: an A4 page is then 827 pixels wide, sharp when shown smaller. */
  private static final float PREVIEW_DPI = 100f;

  private final Session s;

  SettlementPapers(Session s) {
    this.s = s;
  }

  /**
   * Queues the payout slip (with its signature line) of a paid settlement, as {@code till pay
   * --print} prints it; refused when the settlement is not paid yet. Gives the slip's name.
   */
  Outcome<String> printSlip(String settlementId) {
    return s.services
        .settlements()
        .statement(settlementId)
        .then(
            st -> {
              if (st.payout().isEmpty()) {
                return Outcome.refused(Refusal.Reason.MISSING, s.t("settlements.payment"));
              }
              var slip =
                  Layouts.payoutSlip(
                      st.settlement(),
                      st.payout().get(),
                      st.group().code() + " " + st.group().name(),
                      s.store,
                      st.paidBy() == null ? "" : st.paidBy());
              s.printQueue.enqueue(slip.name(), EscPosEncoder.encode(slip, s.profile));
              return Outcome.done(slip.name());
            });
  }

  /** The statement PDF's first page, drawn as the PDF would print. */
  Outcome<BufferedImage> preview(String settlementId) {
    return s.services
        .settlements()
        .statement(settlementId)
        .map(st -> firstPage(StatementPdf.render(st)));
  }

  static BufferedImage firstPage(byte[] pdf) {
    try (var doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, PREVIEW_DPI);
    } catch (IOException e) {
      throw new UncheckedIOException("The statement could not be drawn: " + e.getMessage(), e);
    }
  }
}
