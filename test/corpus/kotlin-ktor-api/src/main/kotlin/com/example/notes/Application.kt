package com.example.notes

import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.serialization.Serializable
import java.util.concurrent.ConcurrentHashMap

@Serializable
data class Note(val id: String, val text: String)

fun main() {
    embeddedServer(Netty, port = 8080, module = Application::module).start(wait = true)
}

fun Application.module() {
    val notes = ConcurrentHashMap<String, Note>()
    install(ContentNegotiation) { json() }
    routing {
        get("/notes") { call.respond(notes.values.toList()) }
        get("/notes/{id}") {
            val note = notes[call.parameters["id"]]
            if (note == null) call.respond(HttpStatusCode.NotFound) else call.respond(note)
        }
        post("/notes") {
            val note = call.receive<Note>()
            notes[note.id] = note
            call.respond(HttpStatusCode.Created, note)
        }
    }
}
