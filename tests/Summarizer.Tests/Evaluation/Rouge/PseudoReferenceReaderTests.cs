using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Tests.Rouge;

public class PseudoReferenceReaderTests
{
    private const string Budget = "The council approved the school budget on Monday after a long debate. The budget raises teacher pay.";
    private const string Storm = "Storms hit the coast overnight and thousands of homes lost power. Crews worked through the night.";
    private const string Rail = "The rail line reopened on Friday after a month of repairs. Commuters said the trains were on time.";
    private const string Fire = "A fire destroyed a warehouse in the port on Sunday. Nobody was hurt, the fire service said.";
    private const string Match = "The home side won the cup final by two goals. Their captain scored both.";

    [Fact]
    public void Keeps_val_summaries_labelled_consistent_as_references_and_leaves_out_the_references_files_articles()
    {
        string path = Path.GetTempFileName();
        File.WriteAllLines(path,
        [
            "origin,cut,id,model_name,label,error_type,doc,summary",
            // Two consistent summaries of one article: two references, each one sentence per line.
            $"cnndm,val,1,BART,1,[],\"{Budget}\",The council approved the budget. It raises teacher pay.",
            $"cnndm,val,1,Pegasus,1,[],\"{Budget}\",The council approved a budget raising pay.",
            // An inconsistent summary is no reference.
            $"cnndm,val,1,BART,0,['extrinsic-NP'],\"{Budget}\",The mayor vetoed the budget.",
            // The same article as a test article of the references file, spaced as XSum prints it and mis-decoded: left out.
            $"xsum,val,2,BART,1,[],\"{Storm.Replace(". ", ".", StringComparison.Ordinal)} Â£\",Storms cut power to thousands.",
            // A dev article of the references file: left out.
            $"xsum,val,3,BART,1,[],\"{Rail}\",The rail line reopened.",
            // Only inconsistent summaries: no document, but not counted as left out.
            $"xsum,val,4,BART,0,[],\"{Fire}\",A fire killed two.",
            // Test rows are never read.
            $"xsum,test,5,BART,1,[],\"{Match}\",The home side won the cup.",
        ]);
        EvalDocument[] known = [new("s", "xsum", "test", Storm + " £", "ref"), new("r", "xsum", "dev", Rail, "ref")];
        try
        {
            var problems = new List<string>();
            var set = PseudoReferenceReader.Read(path, known, problems);
            Assert.Empty(problems);
            var document = Assert.Single(set.Documents);
            Assert.Equal(("1", "cnndm", Budget), (document.Id, document.Dataset, document.Article));
            Assert.Equal(["The council approved the budget.\nIt raises teacher pay.", "The council approved a budget raising pay."], document.References);
            Assert.Equal(1, set.ExcludedAsTest);
            Assert.Equal(1, set.ExcludedAsTuning);
        }
        finally { File.Delete(path); }
    }
}
