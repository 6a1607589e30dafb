using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<KennelDb>(o => o.UseSqlite("Data Source=kennel.db"));
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();
app.UseSwagger();

var dogs = app.MapGroup("/dogs");
dogs.MapGet("/", async (KennelDb db) => await db.Dogs.ToListAsync());
dogs.MapGet("/{id:int}", async (int id, KennelDb db) =>
    await db.Dogs.FindAsync(id) is { } dog ? Results.Ok(dog) : Results.NotFound());
dogs.MapPost("/", async (Dog dog, KennelDb db) =>
{
    db.Dogs.Add(dog);
    await db.SaveChangesAsync();
    return Results.Created($"/dogs/{dog.Id}", dog);
});

app.Run();

public record Dog(int Id, string Name, string Breed, DateOnly Arrived);

class KennelDb(DbContextOptions<KennelDb> options) : DbContext(options)
{
    public DbSet<Dog> Dogs => Set<Dog>();
}
