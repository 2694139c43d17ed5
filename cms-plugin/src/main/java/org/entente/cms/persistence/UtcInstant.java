package org.entente.cms.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} as a UTC {@link OffsetDateTime} ({@code timestamp with time zone}):
 * Jakarta Persistence 3.1 lists OffsetDateTime among the basic types but not Instant, which one
 * provider (EclipseLink) would otherwise store serialized.
 */
@Converter
public class UtcInstant implements AttributeConverter<Instant, OffsetDateTime> {
    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
