package com.acme.inventory;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/items")
public class ItemController {
    private final ItemRepository items;

    public ItemController(ItemRepository items) {
        this.items = items;
    }

    @GetMapping
    public List<Item> all() {
        return items.findAll();
    }

    @GetMapping("/{sku}")
    public ResponseEntity<Item> bySku(@PathVariable String sku) {
        return items.findBySku(sku).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping
    public Item create(@RequestBody Item item) {
        return items.save(item);
    }
}
