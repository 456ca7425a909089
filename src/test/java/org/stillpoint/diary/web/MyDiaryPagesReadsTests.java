package org.stillpoint.diary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.stillpoint.diary.web.DiaryRequests.signUp;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.Diary;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.SignIn;

/**
 * The diary home and a day's page ask the diary once for each thing they show: the settings (zone, menstruation)
 * and the day's check-in are read once per page, not once for the page and again for its check-in part.
 */
@DemoClinicTest
class MyDiaryPagesReadsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @MockitoSpyBean
    Diary diary;

    @Test
    void theDiaryHomeReadsTheSettingsAndTodaysCheckInOnce() {
        String client = signUp(mvc, "reads-home");
        clearInvocations(diary);

        assertThat(mvc.get().uri("/me/diary").with(SignIn.as(accounts, client.split(" ")[1])).exchange())
                .hasStatusOk();

        verify(diary, times(1)).settings(any(ClientId.class));
        verify(diary, times(1)).checkIns(any(ClientId.class), any(LocalDate.class), any(LocalDate.class));
    }

    @Test
    void aDaysPageReadsTheSettingsAndItsCheckInOnce() {
        String client = signUp(mvc, "reads-day");
        clearInvocations(diary);

        assertThat(mvc.get().uri("/me/diary/days/2026-01-05").with(SignIn.as(accounts, client.split(" ")[1]))
                .exchange()).hasStatusOk();

        verify(diary, times(1)).settings(any(ClientId.class));
        verify(diary, times(1)).checkIns(any(ClientId.class), any(LocalDate.class), any(LocalDate.class));
    }
}
