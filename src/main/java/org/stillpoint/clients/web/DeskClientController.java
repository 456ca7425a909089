package org.stillpoint.clients.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientDetails;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.Clients;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.NotFound;

/**
 * The front desk's and the owner's client pages: the list with live search, registering a client, one client's
 * record and changing their contact. The record page also answers at {@code /clients/{id}} for everyone else
 * who may see the client (404 for anyone who may not).
 */
@Controller
class DeskClientController {

    private final Clients clients;

    DeskClientController(Clients clients) {
        this.clients = clients;
    }

    /** The whole page, or only the results when htmx asks (but the whole page when it restores history). */
    @GetMapping("/desk/clients")
    String list(@RequestParam(name = "q", required = false) String query, Model model, HttpServletResponse response,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring) {
        model.addAttribute("q", query == null ? "" : query.strip());
        model.addAttribute("clients", clients.search(query));
        model.addAttribute("limit", Clients.SEARCH_LIMIT);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null && restoring == null ? "clients/list :: results" : "clients/list";
    }

    @GetMapping("/desk/clients/new")
    String newClient(Model model) {
        model.addAttribute("form", ClientForm.empty());
        return "clients/new";
    }

    @PostMapping("/desk/clients")
    String register(@Validated({Default.class, ClientForm.Registration.class}) @ModelAttribute("form") ClientForm form,
                    BindingResult errors, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                ClientId id = clients.register(form.toNewClient());
                flash.addFlashAttribute("flash", "clients.registered");
                return "redirect:/desk/clients/" + id;
            } catch (DomainException e) {
                Forms.reject(errors, e, "email");
            }
        }
        return "clients/new";
    }

    @GetMapping({"/desk/clients/{id}", "/clients/{id}"})
    String detail(@PathVariable UUID id, Model model) {
        ClientId clientId = new ClientId(id);
        model.addAttribute("client", clients.details(clientId));
        model.addAttribute("consents", clients.consents(clientId));
        return "clients/detail";
    }

    @GetMapping("/desk/clients/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ClientDetails client = clients.details(new ClientId(id));
        model.addAttribute("form", ClientForm.of(client));
        model.addAttribute("client", client);
        return "clients/profile";
    }

    @PostMapping("/desk/clients/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ClientForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                clients.updateProfile(new ClientId(id), form.toProfile());
                flash.addFlashAttribute("flash", "clients.saved");
                return "redirect:/desk/clients/" + id;
            } catch (DomainException e) {
                if (e instanceof NotFound) {
                    throw e;
                }
                Forms.reject(errors, e, null);
            }
        }
        model.addAttribute("client", clients.details(new ClientId(id)));
        return "clients/profile";
    }
}
