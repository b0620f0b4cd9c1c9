namespace OutlookWin.Testing;

/// <summary>
/// A real HTTP client signed in to a Development API the way the local stand-in signs in: the address in
/// <c>X-Dev-User</c> and the display name that signs the user's emails in <c>X-Dev-Name</c> (URL-escaped).
/// One place for every test, load run and soak that talks to the API as a Sales Engineer.
/// </summary>
public static class DevSignIn
{
    public const string UserHeader = "X-Dev-User";
    public const string NameHeader = "X-Dev-Name";

    /// <summary>The display name test users sign in with unless a test says otherwise.</summary>
    public const string DefaultName = "Alex Morgan";

    /// <param name="baseUrl">The API (or the address in front of it).</param>
    /// <param name="email">The signed-in address.</param>
    /// <param name="name">The display name; null signs in without one (drafting is then refused until a name is given).</param>
    public static HttpClient Client(Uri baseUrl, string email, string? name = DefaultName)
    {
        var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add(UserHeader, email);
        if (name is not null)
        {
            client.DefaultRequestHeaders.Add(NameHeader, Uri.EscapeDataString(name));
        }

        return client;
    }
}
