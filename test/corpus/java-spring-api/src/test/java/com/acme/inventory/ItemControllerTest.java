package com.acme.inventory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ItemController.class)
class ItemControllerTest {
    @Autowired MockMvc mvc;
    @MockBean ItemRepository items;

    @Test
    void unknownSkuIs404() throws Exception {
        mvc.perform(get("/api/items/nope")).andExpect(status().isNotFound());
    }
}
