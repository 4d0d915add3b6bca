package cli

import (
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	defaultcontent "haven/content"
	"haven/internal/content"
	"haven/internal/kinds"
	"haven/internal/layout"
)

// papersOf lists the papers the kinds come on, each once, in the registry's order.
func papersOf(kindNames []string) []string {
	var out []string
	for _, name := range kindNames {
		k, _ := kinds.Get(name)
		for _, p := range k.Papers {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// paperHelp is the --paper help of a command: only the papers its kinds take.
func paperHelp(kindNames []string) string {
	ps := papersOf(kindNames)
	for i, p := range ps {
		if paper := kinds.TearOffPaper(p); paper != "" {
			ps[i] = p + " for the tear-off flyer on " + layout.PaperTitle(paper)
		}
	}
	return strings.Join(ps, ", ")
}

// complete makes the shell complete the values of the shared flags: the command's papers,
// the languages of the content folder named so far (or the built-in one), folders for
// --content and .ttf files for --font.
func complete(cmd *cobra.Command, kindNames []string) {
	papers := papersOf(kindNames)
	_ = cmd.RegisterFlagCompletionFunc("paper", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, p := range papers {
			about := layout.PaperTitle(p)
			if paper := kinds.TearOffPaper(p); paper != "" {
				about = "the tear-off flyer, on " + layout.PaperTitle(paper)
			}
			out = append(out, p+"\t"+about)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("lang", func(c *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		return contentLangs(c), cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("content", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return nil, cobra.ShellCompDirectiveFilterDirs
	})
	_ = cmd.RegisterFlagCompletionFunc("font", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"ttf"}, cobra.ShellCompDirectiveFilterFileExt
	})
}

// editionHelp is the --edition help of a command: its kinds' editions, each with what it is.
func editionHelp(eds []kinds.Edition) string {
	var out []string
	for _, e := range eds {
		out = append(out, e.Name+" ("+e.About+")")
	}
	return strings.Join(out, ", ")
}

// completeEditions makes the shell complete --edition with the editions of the command's kinds.
func completeEditions(cmd *cobra.Command, eds []kinds.Edition) {
	_ = cmd.RegisterFlagCompletionFunc("edition", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, e := range eds {
			out = append(out, e.Name+"\t"+e.About)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
}

// completeCSV makes the shell offer .csv files for a flag.
func completeCSV(cmd *cobra.Command, flag string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"csv"}, cobra.ShellCompDirectiveFilterFileExt
	})
}

// contentLangs lists the language codes of the content the command line names so far.
func contentLangs(c *cobra.Command) []string {
	var fsys fs.FS = defaultcontent.FS
	label := "content"
	if dir, _ := c.Flags().GetString("content"); dir != "" {
		root, err := os.OpenRoot(dir)
		if err != nil {
			return nil
		}
		defer root.Close()
		fsys, label = root.FS(), dir
	}
	ct, err := content.Load(fsys, label, content.Overrides{})
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range ct.Languages {
		out = append(out, l.Code)
	}
	return out
}
