/** OVOP Till: receipt-printing. */
package org.ovop.till.printing;
