/**
 * The balance adapter: Mettler Toledo MT-SICS level 0/1 over TCP (an Ethernet balance, or a
 * serial balance behind a serial-to-Ethernet server), implementing the application's
 * {@link org.layerpress.application.balance.BalancePort}. The commands sent and the replies
 * understood are in docs/balance.md. May import the domain and the application.
 */
package org.layerpress.balance;
