using JasperFx;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace JourneyStudio.Web.Hosting;

public static class MartenSetup
{
    /// <summary>
    /// Marten on PostgreSQL. Projections are inline only: the async daemon's HotCold mode does not work with the
    /// DistributedLock shim we build against (see README), so nothing here may need it.
    /// </summary>
    public static IServiceCollection AddJourneyStudioMarten(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not set. ./build.sh run sets it for you.");
        var schema = configuration["JourneyStudio:Schema"] ?? "journeystudio";

        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = schema;
                options.Events.DatabaseSchemaName = schema;
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseSystemTextJsonForSerialization(configure: JsonDefaults.ConfigureForStorage);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
        return services;
    }
}
