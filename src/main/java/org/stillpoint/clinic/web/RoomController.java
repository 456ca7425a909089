package org.stillpoint.clinic.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clinic.Clinic;
import org.stillpoint.clinic.RoomId;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Forms;

@Controller
class RoomController {

    private final Clinic clinic;

    RoomController(Clinic clinic) {
        this.clinic = clinic;
    }

    @GetMapping("/admin/rooms")
    String list(Model model) {
        model.addAttribute("rooms", clinic.rooms());
        return "clinic/rooms";
    }

    @GetMapping("/admin/rooms/new")
    String newRoom(Model model) {
        model.addAttribute("form", RoomForm.empty());
        return "clinic/room";
    }

    @PostMapping("/admin/rooms")
    String add(@Valid @ModelAttribute("form") RoomForm form, BindingResult errors, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                clinic.addRoom(form.toDetails());
                flash.addFlashAttribute("flash", "room.saved");
                return "redirect:/admin/rooms";
            } catch (DomainException e) {
                Forms.reject(errors, e, "name");
            }
        }
        return "clinic/room";
    }

    @GetMapping("/admin/rooms/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", RoomForm.of(clinic.room(new RoomId(id)).orElseThrow(() -> new NotFound("room"))));
        model.addAttribute("roomId", id);
        return "clinic/room";
    }

    @PostMapping("/admin/rooms/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") RoomForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                clinic.updateRoom(new RoomId(id), form.toDetails());
                flash.addFlashAttribute("flash", "room.saved");
                return "redirect:/admin/rooms";
            } catch (DomainException e) {
                if (e instanceof NotFound) {
                    throw e;
                }
                Forms.reject(errors, e, "name");
            }
        }
        model.addAttribute("roomId", id);
        return "clinic/room";
    }
}
