package org.stillpoint.treatment.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.treatment.ContraindicationRules;

/** The contraindication rules for programs, read-only, for staff: the table's rules, then the standing ones. */
@RestController
class ContraindicationRuleApiController {

    private final ContraindicationRules rules;
    private final MessageSource messages;

    ContraindicationRuleApiController(ContraindicationRules rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/api/v1/contraindication-rules")
    List<ContraindicationRuleRow> all(Locale locale) {
        return ContraindicationRuleRow.all(rules, key -> messages.getMessage(key, null, key, locale));
    }
}
