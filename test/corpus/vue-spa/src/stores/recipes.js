import { defineStore } from 'pinia'
import axios from 'axios'
import { uniqBy } from 'lodash-es'

export const useRecipes = defineStore('recipes', {
  state: () => ({ recipes: [], selected: [] }),
  getters: {
    shoppingList: (state) =>
      uniqBy(
        state.recipes.filter((r) => state.selected.includes(r.id)).flatMap((r) => r.ingredients),
        'name',
      ),
  },
  actions: {
    async load() {
      const { data } = await axios.get('/api/recipes')
      this.recipes = data
    },
    toggle(id) {
      this.selected = this.selected.includes(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id]
    },
  },
})
