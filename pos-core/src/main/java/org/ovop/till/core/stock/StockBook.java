package org.ovop.till.core.stock;

import java.util.List;
import java.util.Map;

/** Port: lots and the append-only stock ledger. */
public interface StockBook {
  void addDocument(StockDocument document);

  void addLot(Lot lot);

  /** The product's lots with what is left of each, oldest first (received time, then note line). */
  List<LotBalance> lotsOldestFirst(String productId);

  void append(List<StockMovement> movements);

  /** Sum of the product's movements. */
  long onHand(String productId);

  /**
   * Lots and on-hand of a product together: a sale needs both for every line, and a book may read
   * them in one go.
   */
  default Shelf shelf(String productId) {
    return new Shelf(lotsOldestFirst(productId), onHand(productId));
  }

  /** On-hand of every product that has movements, by product id. */
  Map<String, Long> onHandByProduct();

  /** The movements made by one sale or refund line. */
  List<StockMovement> movementsOfLine(String saleLineId);

  void addCountLine(String document, String productId, long expected, long counted);
}
