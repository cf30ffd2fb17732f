using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Summarizer.Scheduling;

namespace Summarizer.Host.Api;

/// <summary><c>GET /api/runs/latest</c>: the report of the last nightly run.</summary>
public static class RunEndpoints
{
    public static RouteGroupBuilder MapRuns(this RouteGroupBuilder api)
    {
        api.MapGet("/runs/latest", LatestAsync)
            .WithTags("Runs")
            .WithName("LatestRun")
            .WithSummary("The report of the last nightly run")
            .Produces<NightlyRunReport>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> LatestAsync(IOptions<ScheduleOptions> schedule, CancellationToken ct) =>
        await LatestRunFile.ReadAsync(schedule.Value.Output, ct) is { } json
            ? TypedResults.Text(json, "application/json")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No run yet", detail: "No nightly run has finished yet.");
}
