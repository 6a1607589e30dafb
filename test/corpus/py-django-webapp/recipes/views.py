from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from .forms import RecipeForm
from .models import Recipe


def recipe_list(request):
    query = request.GET.get("q", "")
    recipes = Recipe.objects.filter(title__icontains=query) if query else Recipe.objects.all()
    page = Paginator(recipes, 12).get_page(request.GET.get("page"))
    return render(request, "recipes/list.html", {"page": page, "query": query})


def recipe_detail(request, slug):
    recipe = get_object_or_404(Recipe, slug=slug)
    return render(request, "recipes/detail.html", {"recipe": recipe})


@login_required
def recipe_create(request):
    form = RecipeForm(request.POST or None, request.FILES or None)
    if form.is_valid():
        recipe = form.save(commit=False)
        recipe.author = request.user
        recipe.save()
        return redirect(recipe)
    return render(request, "recipes/form.html", {"form": form})
