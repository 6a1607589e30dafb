import com.example.notes.module
import io.ktor.client.request.get
import io.ktor.http.HttpStatusCode
import io.ktor.server.testing.testApplication
import kotlin.test.Test
import kotlin.test.assertEquals

class ApplicationTest {
    @Test
    fun unknownNoteIsNotFound() = testApplication {
        application { module() }
        assertEquals(HttpStatusCode.NotFound, client.get("/notes/nope").status)
    }
}
