package org.ovop.till.core.store;

/**
 * The till's receipt printer as the store keeps it: a profile name (paper width, code pages) and an
 * address such as {@code virtual:}, {@code usb:0416:5011}, {@code file:/dev/usb/lp0} or {@code
 * tcp://HOST:9100}. The core keeps the words; receipt printing knows what they mean.
 */
public record PrinterSetting(String profile, String uri) {
  /** Until a printer is set up, paper appears on the till's screen. */
  public static final PrinterSetting ON_SCREEN = new PrinterSetting("generic-80", "virtual:");
}
