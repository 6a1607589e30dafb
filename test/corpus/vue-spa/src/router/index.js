import { createRouter, createWebHistory } from 'vue-router'
import RecipesView from '../views/RecipesView.vue'

export default createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'recipes', component: RecipesView },
    { path: '/shopping', name: 'shopping', component: () => import('../views/ShoppingView.vue') },
  ],
})
