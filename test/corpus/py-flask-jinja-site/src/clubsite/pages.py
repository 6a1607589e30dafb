from datetime import date

import markdown
from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_required, login_user, logout_user

from .forms import LoginForm
from .models import Member, Ride

bp = Blueprint("pages", __name__)


@bp.route("/")
def home():
    upcoming = Ride.query.filter(Ride.day >= date.today()).order_by(Ride.day).limit(5).all()
    return render_template("home.html", rides=upcoming)


@bp.route("/rides/<int:ride_id>")
def ride(ride_id: int):
    ride = Ride.query.get_or_404(ride_id)
    return render_template("ride.html", ride=ride, notes=markdown.markdown(ride.notes_md))


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        member = Member.query.filter_by(email=form.email.data).first()
        if member and member.check_password(form.password.data):
            login_user(member)
            return redirect(url_for("pages.members"))
        flash("Wrong email or password")
    return render_template("login.html", form=form)


@bp.route("/members")
@login_required
def members():
    return render_template("members.html", members=Member.query.order_by(Member.name).all())


@bp.route("/logout")
def logout():
    logout_user()
    return redirect(url_for("pages.home"))
