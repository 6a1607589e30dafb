using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

public class DogsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task UnknownDogIsNotFound()
    {
        var response = await factory.CreateClient().GetAsync("/dogs/9999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
