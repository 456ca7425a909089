package org.stillpoint.treatment;

import java.util.List;

import org.springframework.stereotype.Service;

/** The contraindication rules held as data, and the engine over them. */
@Service
public class ContraindicationRules {

    public List<ContraindicationRule> all() {
        return List.of();
    }

    public ContraindicationEngine engine() {
        return new ContraindicationEngine(all());
    }
}
