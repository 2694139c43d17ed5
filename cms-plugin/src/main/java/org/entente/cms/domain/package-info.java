/**
 * The plugin's own vocabulary, shared by every layer: tag statuses, editors' decisions and the event
 * of a changed story. It depends on nothing else in the plugin.
 */
package org.entente.cms.domain;
