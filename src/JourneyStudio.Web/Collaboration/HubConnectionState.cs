using JourneyStudio.Domain.Accounts;
using JourneyStudio.Web.Accounts;

namespace JourneyStudio.Web.Collaboration;

/// <summary>
/// What one hub connection holds between calls: the maps it joined and the member it was last seen as. Presence
/// messages, which come many times a second, reuse a check younger than <see cref="FreshFor"/>; everything that
/// reads or changes a map checks the stored account again.
/// </summary>
public sealed class HubConnectionState
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(2);

    public HashSet<Guid> Joined { get; } = [];
    public Caller? Caller { get; private set; }
    private DateTimeOffset checkedAt;

    public bool IsFresh(DateTimeOffset now) => Caller is not null && now - checkedAt < FreshFor;

    public void Remember(Caller caller, DateTimeOffset now) => (Caller, checkedAt) = (caller, now);

    public PresenceMember MemberFor(string connectionId)
    {
        var caller = Caller ?? throw new NotSignedIn();
        return new PresenceMember(connectionId, caller.Actor.Id, caller.Actor.Name, PresenceColours.Initials(caller.Actor.Name),
            PresenceColours.For(caller.Actor.Name), caller.Role.ToString(), caller.Can(Permission.ManageMaps));
    }
}
