rootProject.name = "notes-api"
