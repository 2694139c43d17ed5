/**
 * The CAMEO event codebook: every code with its name, root and Goldstein score, and the mapping
 * between CAMEO and PLOVER in both directions ({@link org.entente.model.cameo.Cameo}).
 *
 * <p>Codes, names and Goldstein scores are facts from the CAMEO codebook; the PLOVER coding follows
 * PLOVER's CAMEO table of 2021, with the folding of the categories PLOVER dropped documented on
 * {@link org.entente.model.cameo.PloverCoding#inferred()}.
 *
 * @since 0.1
 */
package org.entente.model.cameo;
