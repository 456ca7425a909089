package org.stillpoint.intake.web;

import org.springframework.validation.BindingResult;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.NotFound;

/** How the staff's intake forms carry out a change: only a valid form, and a refusal beside its field. */
final class FormChanges {

    private FormChanges() {
    }

    /**
     * Makes the change unless the form already has errors. A rule's refusal is put beside its field and answers
     * false; a client the caller may not see stays a 404.
     */
    static boolean made(BindingResult errors, Runnable change) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (DomainException e) {
            if (e instanceof NotFound) {
                throw e;
            }
            Forms.reject(errors, e, null);
            return false;
        }
    }
}
