/** OVOP Till: pos-app. */
package org.ovop.till.app;
