using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using Weasel.Core;

namespace JourneyStudio.Web.Hosting;

public static class MartenSetup
{
    /// <summary>
    /// Marten on PostgreSQL. No async projections: the async daemon's HotCold mode does not work with the
    /// DistributedLock shim we build against (see README), so nothing here may need it.
    /// </summary>
    public static IServiceCollection AddJourneyStudioMarten(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not set. ./build.sh run sets it for you.");
        var schema = configuration["JourneyStudio:Schema"] ?? "journeystudio";

        services.AddMarten(options =>
            {
                options.Connection(WithAutoPrepare(connectionString));
                options.DatabaseSchemaName = schema;
                options.Events.DatabaseSchemaName = schema;
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                // Marten's LINQ builds its JSON paths from this casing, so it must be set here, not through the serializer options.
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        return services;
    }

    // Every edit sends the same few statements; prepared once per connection, PostgreSQL stops parsing them each time.
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }
}
