/** OVOP Till: db. */
package org.ovop.till.db;
