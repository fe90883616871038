using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyStudio.Web.Hosting;

/// <summary>One JSON shape for the API, Marten and seed files: camelCase, enums as names, required means required.</summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        return options;
    }

    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions());
}
