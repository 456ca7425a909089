package org.stillpoint.clinic.domain;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;
import org.stillpoint.clinic.ProviderType;

/** The price of a session type when given by one provider type. */
@Table("session_type_price")
public record SessionTypePrice(ProviderType providerType, BigDecimal amount) {
}
