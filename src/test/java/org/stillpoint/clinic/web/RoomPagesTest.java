package org.stillpoint.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.clinic.Clinic;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.SignIn;

@DemoClinicTest
class RoomPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clinic clinic;

    @Autowired
    UserDetailsService accounts;

    @Test
    void aTakenRoomNameReRendersTheFormWithTheReasonAndSavesNothing() throws Exception {
        int before = clinic.rooms().size();
        var result = mvc.post().uri("/admin/rooms").with(csrf()).with(owner())
                .param("name", "Willow").param("_dimmable", "on").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString()).contains("Another room already has this name.");
        assertThat(clinic.rooms()).hasSize(before);
    }

    private RequestPostProcessor owner() {
        return SignIn.as(accounts, Demo.OWNER);
    }
}
