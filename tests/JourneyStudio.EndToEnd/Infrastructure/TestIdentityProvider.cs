using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JourneyStudio.Testing;

/// <summary>
/// A company identity provider in miniature, on a real loopback port: discovery, a JWKS with a key made at start,
/// an /authorize that signs in <see cref="NextEmail"/> without asking, and a /token that redeems a code only with
/// the PKCE verifier that matches its challenge, answering with an RS256-signed id_token.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "journeystudio-tests";
    public const string ClientSecret = "test-only client secret 5521";

    private sealed record Grant(string Email, bool EmailVerified, string Nonce, string CodeChallenge, string RedirectUri);

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey signingKey;
    private readonly ConcurrentDictionary<string, Grant> grants = new();
    private WebApplication? app;
    private int pkceRedemptions;

    public TestIdentityProvider() => signingKey = new RsaSecurityKey(rsa) { KeyId = Guid.NewGuid().ToString("N") };

    public string Authority { get; private set; } = "";

    /// <summary>Whom the next /authorize says is signing in.</summary>
    public string NextEmail { get; set; } = "";

    /// <summary>What the next id_token's email_verified says.</summary>
    public bool NextEmailVerified { get; set; } = true;

    /// <summary>Codes redeemed with a verifier that matched their challenge.</summary>
    public int PkceRedemptions => pkceRedemptions;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", Discovery);
        app.MapGet("/jwks", Jwks);
        app.MapGet("/authorize", Authorize);
        app.MapPost("/token", Token);
        await app.StartAsync();
        Authority = app.Urls.First().TrimEnd('/');
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = Authority + "/authorize",
        ["token_endpoint"] = Authority + "/token",
        ["jwks_uri"] = Authority + "/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "form_post" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post" },
        ["scopes_supported"] = new[] { "openid", "profile", "email" },
    });

    private IResult Jwks()
    {
        var key = rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = signingKey.KeyId,
                      n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["response_mode"] != "form_post" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["redirect_uri"]))
            return Results.BadRequest("authorization code flow with PKCE (S256) and form_post only");

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        grants[code] = new Grant(NextEmail, NextEmailVerified, query["nonce"].ToString(), query["code_challenge"].ToString(), query["redirect_uri"].ToString());
        return FormPost(query["redirect_uri"].ToString(), new() { ["code"] = code, ["state"] = query["state"].ToString() });
    }

    /// <summary>
    /// The answer for response_mode=form_post, which ASP.NET Core asks for: a page that posts itself back to the app,
    /// as real providers send it.
    /// </summary>
    private static IResult FormPost(string redirectUri, Dictionary<string, string> answer)
    {
        var html = HtmlEncoder.Default;
        var inputs = string.Concat(answer.Select(a => $"<input type=\"hidden\" name=\"{html.Encode(a.Key)}\" value=\"{html.Encode(a.Value)}\" />"));
        return Results.Content(
            $"<!doctype html><html><body><form method=\"post\" action=\"{html.Encode(redirectUri)}\">{inputs}</form>" +
            "<script>document.forms[0].submit();</script></body></html>", "text/html");
    }

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret) return Error("invalid_client", "unknown client or wrong secret");
        if (form["grant_type"] != "authorization_code" || !grants.TryRemove(form["code"].ToString(), out var grant)) return Error("invalid_grant", "unknown or used code");
        if (form["redirect_uri"] != grant.RedirectUri) return Error("invalid_grant", "redirect_uri differs from the authorization request");
        var verifier = form["code_verifier"].ToString();
        if (verifier.Length == 0 || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.CodeChallenge)
            return Error("invalid_grant", "code_verifier does not match code_challenge");
        Interlocked.Increment(ref pkceRedemptions);

        var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority, Audience = ClientId, IssuedAt = now, NotBefore = now, Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "idp-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(grant.Email.ToLowerInvariant())))[..16],
                ["email"] = grant.Email,
                ["email_verified"] = grant.EmailVerified,
                ["nonce"] = grant.Nonce,
                ["at_hash"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
            },
        });
        return Results.Json(new { id_token = idToken, access_token = accessToken, token_type = "Bearer", expires_in = 300 });
    }

    private static IResult Error(string error, string description) =>
        Results.Json(new { error, error_description = description }, statusCode: StatusCodes.Status400BadRequest);

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        app = null;
        rsa.Dispose();
    }
}
