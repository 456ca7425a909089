package org.stillpoint.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.stillpoint.platform.Accounts;

/** The start page: a calm welcome for visitors, the role's own start page for people who are signed in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return Accounts.current().isPresent() ? "platform/home" : "platform/welcome";
    }

    @GetMapping("/login")
    String login() {
        return Accounts.current().isPresent() ? "redirect:/" : "platform/login";
    }
}
