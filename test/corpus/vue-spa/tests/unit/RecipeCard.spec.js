import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import RecipeCard from '../../src/components/RecipeCard.vue'

describe('RecipeCard', () => {
  it('emits toggle on click', async () => {
    const wrapper = mount(RecipeCard, { props: { recipe: { title: 'Soup', minutes: 20, serves: 2 } } })
    await wrapper.trigger('click')
    expect(wrapper.emitted('toggle')).toHaveLength(1)
  })
})
