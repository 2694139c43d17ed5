package org.entente.model;

import org.entente.model.actor.Countries;
import org.entente.model.internal.Checks;

/**
 * Where an event took place.
 *
 * @param name    the place's name ("Gyeongju")
 * @param country ISO 3166-1 alpha-3 code of its country, or null if unknown
 * @param lat     latitude in degrees, or null; given together with {@code lon}
 * @param lon     longitude in degrees, or null
 * @since 0.1
 */
public record Place(String name, String country, Double lat, Double lon) {

    /** Checks the country code and the coordinates. */
    public Place {
        name = Checks.notBlank(name, "name");
        country = Checks.blankToNull(country);
        if (country != null) {
            country = Countries.get(country).code();
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("Place lat and lon go together: give both or neither");
        }
        if (lat != null) {
            Checks.within(lat, -90, 90, "lat");
            Checks.within(lon, -180, 180, "lon");
        }
    }

    /** A place known only by name and country. */
    public static Place of(String name, String country) {
        return new Place(name, country, null, null);
    }
}
