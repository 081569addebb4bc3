/**
 * Dies (bore and force rating) and press profiles (capacity, ramp limit, capabilities): what turns
 * a recipe's pressure into force and bounds it. Plain Java; may import {@code domain.units}.
 */
package org.layerpress.domain.press;
